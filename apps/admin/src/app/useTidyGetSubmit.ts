import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * Submits a GET form as a navigation with only the fields that say something:
 * empty fields and fields left at their defaults stay out of the URL, so the
 * links people share read "?kind=SUPPORT_GROUP" rather than "?q=&kind=…&dir=ASC".
 */
export function useTidyGetSubmit(defaults: Record<string, string> = {}) {
  const navigate = useNavigate();
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string' || value.trim() === '' || defaults[name] === value) continue;
      params.append(name, value.trim());
    }
    const query = params.toString();
    navigate(`${form.getAttribute('action') ?? ''}${query ? `?${query}` : ''}`);
  };
}
