import { useState } from 'react';
import { downloadCsv, type CsvCell } from '../lib/csv';

interface Props {
  label: string;
  fileName: string;
  /** The rows to write, header first; may fetch more pages first */
  rows: () => readonly (readonly CsvCell[])[] | Promise<readonly (readonly CsvCell[])[]>;
}

export function ExportButton({ label, fileName, rows }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function exportCsv() {
    setState('busy');
    try {
      downloadCsv(fileName, await rows());
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="export">
      <button type="button" className="button button--secondary" onClick={exportCsv} disabled={state === 'busy'}>
        <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M10 2v10m0 0-4-4m4 4 4-4M3 14v3h14v-3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {state === 'busy' ? 'Preparing CSV…' : label}
      </button>
      <span role="status" className="export__status">
        {state === 'failed' ? 'The export failed: the API did not answer. Try again.' : ''}
      </span>
    </span>
  );
}
