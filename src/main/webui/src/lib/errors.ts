import type { CombinedError } from 'urql';

export interface ApiProblem {
  code: string | null;
  message: string;
}

/** The first GraphQL error's code and message, or the network failure, as a person should read it. */
export function problemOf(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) {
    const code = (first.extensions?.code as string | undefined) ?? null;
    return { code, message: first.message };
  }
  const status = (error.networkError as { status?: number } | undefined)?.status;
  if (status === 401) return { code: 'UNAUTHENTICATED', message: 'Your session has ended: sign in again.' };
  return { code: null, message: error.networkError?.message ?? error.message };
}

export interface SearchProblem {
  /** 1-based, in UTF-16 code units as JavaScript strings count. */
  position: number;
  expected: string;
}

/** "Invalid search at position 5: expected '~' after name, found ':'" → position 5 and the rest. */
export function parseSearchProblem(message: string): SearchProblem | null {
  const match = /^Invalid search at position (\d+): (.*)$/s.exec(message);
  if (!match) return null;
  return { position: Number(match[1]), expected: match[2] };
}

/** userErrors by the input field they name ("input.country" → "country"); those naming no field under "". */
export function errorsByField(userErrors: ReadonlyArray<{ field?: string | null; message: string }> | undefined | null) {
  const byField: Record<string, string[]> = {};
  for (const error of userErrors ?? []) {
    const key = (error.field ?? '').replace(/^input\./, '');
    (byField[key] ??= []).push(error.message);
  }
  return byField;
}
