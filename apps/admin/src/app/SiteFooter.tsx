export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Network Atlas lists the staff networks, associations, trade unions and support groups of the police forces of England and Wales.
          Every record names the public pages its facts come from.
        </p>
      </div>
    </footer>
  );
}
