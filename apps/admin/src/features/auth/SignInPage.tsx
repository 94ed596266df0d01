import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary, type SummaryItem } from '../../ui/form/ErrorSummary';
import type { FieldErrors } from '../../ui/form/field-errors';
import { TextField } from '../../ui/form/fields';
import { announce } from '../../ui/notify';
import { safeNext } from './next';
import { checkSignIn, signInFailure } from './sign-in-errors';
import { useMe } from './useMe';
import { useSignIn } from './useSignIn';
import '../../ui/form/form.css';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { me } = useMe();
  const [signIn, { loading }] = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  // Once this page has signed someone in it navigates itself; the redirect below is for arriving signed in.
  const [done, setDone] = useState(false);

  if (me?.user && !done && !loading) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkSignIn({ email, password });
    setFormError(undefined);
    setErrors(found);
    if (Object.keys(found).length) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      setDone(true);
      await signIn(email.trim(), password);
      announce('Signed in');
      navigate(next, { replace: true });
    } catch (error) {
      setDone(false);
      const failure = signInFailure(error);
      if (failure.path) setErrors({ [failure.path]: failure.message });
      else setFormError(failure.message);
      setPassword('');
      setAttempt((n) => n + 1);
    }
  }

  const items: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(['email', 'password'] as const).filter((p) => errors[p]).map((path) => ({ path, message: errors[path]! })),
  ];

  return (
    <div className="narrow">
      <PageHeader title="Sign in" lead="Force admins, regional coordinators and national admins sign in to see drafts and history and to keep records current." />
      <ErrorSummary items={items} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          path="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onValue={setEmail}
          error={errors.email}
        />
        <TextField
          path="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={errors.password}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      <p className="muted small">Reading the catalogue needs no account: published records are open to everyone.</p>
    </div>
  );
}
