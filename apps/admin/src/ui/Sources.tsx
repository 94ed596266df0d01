/** The public pages a record's facts come from, so anyone can check them. */
export function Sources({ sources }: { sources: readonly { id: string; title: string; url?: string | null; publisher?: string | null }[] }) {
  if (sources.length === 0) return <p className="muted">No sources recorded.</p>;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}
          {source.publisher && <span className="muted"> · {source.publisher}</span>}
        </li>
      ))}
    </ul>
  );
}
