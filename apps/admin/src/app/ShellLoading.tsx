/** Shown for the moment before the first page's code has arrived. */
export function ShellLoading() {
  return (
    <div className="shell-loading" role="status">
      Loading Network Atlas…
    </div>
  );
}
