import { describeError } from '../../lib/errors';
import { errorCode, errorExtension, type FieldErrors } from '../../ui/form/field-errors';

export interface SignInValues {
  email: string;
  password: string;
}

/** The checks worth making before asking the server: both boxes filled, an email that looks like one. */
export function checkSignIn({ email, password }: SignInValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = 'Enter an email address like name@force.police.uk';
  if (!password) errors.password = 'Enter your password';
  return errors;
}

/** What the API's refusal means for the person at the keyboard. */
export function signInFailure(error: unknown): { path?: keyof SignInValues; message: string } {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return { path: 'email', message: 'The email address or password is not right' };
    case 'TOO_MANY_REQUESTS': {
      const wait = Math.max(1, Math.ceil(Number(errorExtension<number>(error, 'retryAfter') ?? 1)));
      return { message: `Too many attempts to sign in: try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}` };
    }
    case 'BAD_USER_INPUT':
      return { path: errorExtension<string>(error, 'field') === 'password' ? 'password' : 'email', message: 'Enter your email address and password' };
    default: {
      const { title, detail } = describeError(error);
      return { message: `${title}. ${detail}` };
    }
  }
}
