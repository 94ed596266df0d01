import type { SocialPlatform } from '../gql/graphql';
import { PLATFORM_LABELS } from '../lib/labels';

export function SocialHandles({ handles }: { handles: readonly { platform: SocialPlatform; handle: string }[] }) {
  if (handles.length === 0) return <>Not recorded</>;
  return (
    <>
      {handles.map((h, i) => (
        <span key={`${h.platform}${h.handle}`}>
          {i > 0 && ', '}
          {PLATFORM_LABELS[h.platform]} {h.handle}
        </span>
      ))}
    </>
  );
}
