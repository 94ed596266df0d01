import { useEffect, useState } from 'react';
import './toast.css';
import { dismiss, useNotice } from './notify';

const SHOWN_FOR_MS = 6000;

/**
 * The region exists from the first render (a live region added together with its
 * text is often not read); the message goes in a moment later so that the same
 * words twice in a row are announced twice.
 */
export function LiveRegion() {
  const notice = useNotice();
  const [text, setText] = useState('');

  useEffect(() => {
    if (!notice) {
      setText('');
      return;
    }
    setText('');
    const show = setTimeout(() => setText(notice.message), 50);
    const hide = setTimeout(() => dismiss(notice.id), SHOWN_FOR_MS);
    return () => {
      clearTimeout(show);
      clearTimeout(hide);
    };
  }, [notice]);

  return (
    <div className={`toast${text ? ' toast--shown' : ''}`} role="status" aria-live="polite" aria-atomic="true">
      {text && (
        <>
          <svg className="toast__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M4 10.5 8 14.5 16 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
          <span className="toast__text">{text}</span>
        </>
      )}
    </div>
  );
}
