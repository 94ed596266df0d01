import { useState } from 'react';
import type { SummaryItem } from '../../ui/form/ErrorSummary';
import { fieldId, type FieldErrors } from '../../ui/form/field-errors';

/** Field paths in the order their controls come on the page (the summary follows the form). */
function inPageOrder(paths: string[]): string[] {
  const position = (path: string) => document.getElementById(fieldId(path));
  return [...paths].sort((a, b) => {
    const x = position(a);
    const y = position(b);
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The problems a submit found: messages on fields, messages about the form as a
 * whole, and an attempt counter that sends focus to the summary each time.
 */
export function useFormProblems() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [order, setOrder] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  function show(fields: FieldErrors, general: string[] = []) {
    setErrors(fields);
    setMessages(general);
    setOrder(inPageOrder(Object.keys(fields)));
    setAttempt((n) => n + 1);
  }

  function clear() {
    setErrors({});
    setMessages([]);
    setOrder([]);
  }

  const items: SummaryItem[] = [
    ...messages.map((message) => ({ message })),
    ...order.filter((path) => errors[path]).map((path) => ({ path, message: errors[path] })),
  ];
  return { errors, items, attempt, show, clear, count: items.length };
}
