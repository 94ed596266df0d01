/** /sign-in?next=… for coming back to `path` afterwards. */
export function signInPath(path: string): string {
  return path && path !== '/' ? `/sign-in?next=${encodeURIComponent(path)}` : '/sign-in';
}

/**
 * Where to go after signing in: only a path on this site (never `//other.site`
 * or `https://…`), so a crafted link cannot send someone elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}
