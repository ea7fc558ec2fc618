import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { tabTokenProvider } from '../../api/auth/tab-token';
import { MOCK_MODE } from '../../api/config';
import { LazyStatusMessage } from '../../components/lazy-status-message';
import { clearUnauthorized } from '../../api/auth/unauthorized';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '36rem',
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * What an `Authorization: Bearer` header can carry (RFC 6750 §2.1, b64token). A token pasted with
 * anything else (a space, a zero-width space, an emoji) can't be sent at all: fetch refuses a
 * header with characters outside ISO-8859-1, every request would fail as if the network were
 * down, and the tab would be left with no sign-in screen to correct it.
 */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Shown instead of the page when the API answers 401: the caller isn't signed in, or the token
 * isn't valid. A build without an OIDC client signs in with an access token, for this tab.
 */
export function SignInRequired() {
  const styles = useStyles();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const hadToken = tabTokenProvider.current() !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') {
      setProblem('Enter an access token.');
      return;
    }
    if (!BEARER_TOKEN.test(token.trim())) {
      setProblem(
        "This isn't an access token: a token has only letters, digits and - . _ ~ + / (and = at the end), no spaces or other characters. Paste the token alone.",
      );
      return;
    }
    tabTokenProvider.signIn(token);
    clearUnauthorized();
    void queryClient.resetQueries();
  };

  if (MOCK_MODE) {
    return (
      <LazyStatusMessage intent="error" title="Not signed in">
        The demo token this tab is signed in with isn&apos;t known to the mock. Choose who is signed
        in, in the header.
      </LazyStatusMessage>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h1 id={headingId}>Sign in</h1>
      <LazyStatusMessage
        intent="error"
        title={hadToken ? 'Your sign-in has expired' : 'Not signed in'}
      >
        {hadToken
          ? "The server didn't accept your access token. Sign in again."
          : 'Sign in to manage Audio Conferencing.'}
      </LazyStatusMessage>
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field
          label="Access token"
          hint="A bearer token for the Audio Conferencing API. It is kept for this tab only."
          validationState={problem ? 'error' : 'none'}
          validationMessage={problem ?? undefined}
        >
          <Input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(_, data) => {
              setToken(data.value);
              setProblem(null);
            }}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            Sign in
          </Button>
        </div>
      </form>
    </section>
  );
}
