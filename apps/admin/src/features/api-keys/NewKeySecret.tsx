import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  partnerName: string;
  secret: string;
  /** The person has stored the key: forget it */
  onDone: () => void;
}

/**
 * The one time a key is shown. Focus comes here (a screen reader reads the
 * warning first); the key sits in a read-only box, easy to select, with a copy
 * button that says whether copying worked.
 */
export function NewKeySecret({ partnerName, secret, onDone }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      box.current?.select();
      setCopied('no');
    }
  }

  return (
    <section className="new-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Copy the key for {partnerName} now
      </h2>
      <p className="new-key__warning">
        <strong>You will not see this key again.</strong> Network Atlas keeps only a fingerprint of it. Give it to the partner by a safe route; if it is lost,
        revoke it and create another.
      </p>
      <div className="field">
        <label htmlFor={`${id}-key`}>API key for {partnerName}</label>
        <div className="new-key__row">
          <input id={`${id}-key`} ref={box} className="input new-key__value" readOnly value={secret} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={copy}>
            Copy key
          </button>
        </div>
      </div>
      <p role="status" className="new-key__status">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'no' ? 'Could not copy: the key is selected, press Ctrl+C to copy it.' : ''}
      </p>
      <p>
        The partner sends it with each request as <code>Authorization: Bearer {secret.slice(0, 6)}…</code>.
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have stored the key
        </button>
      </p>
    </section>
  );
}
