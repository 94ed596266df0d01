/** A commitment's promised actions under their theme headings, in the order given. */
export function ActionsByTheme({ actions }: { actions: readonly { theme: string; text: string }[] }) {
  const themes = [...new Set(actions.map((a) => a.theme))];
  return (
    <>
      {themes.map((theme) => (
        <div key={theme}>
          <h4>{theme}</h4>
          <ul className="prose-list">
            {actions
              .filter((a) => a.theme === theme)
              .map((a) => (
                <li key={a.text}>{a.text}</li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}
