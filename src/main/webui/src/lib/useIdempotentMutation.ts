import { useCallback, useRef } from 'react';
import { useMutation, type DocumentInput, type OperationResult } from 'urql';
import { SubmissionKeys } from './idempotency';

type KeyedVariables = { input: { idempotencyKey: string } };
type Input<V extends KeyedVariables> = Omit<V['input'], 'idempotencyKey'>;

/** The mutation succeeded: no transport or GraphQL error and its payload's userErrors are empty. */
function succeeded(result: OperationResult<unknown>): boolean {
  if (result.error || !result.data) return false;
  const payload = Object.values(result.data as Record<string, { userErrors?: unknown[] } | null>)[0];
  return !!payload && (payload.userErrors?.length ?? 0) === 0;
}

/**
 * A money mutation sent exactly once per submission: submit(input) adds the submission's idempotency key, and while
 * one is on its way a second call (a double click) joins it instead of sending another.
 */
export function useIdempotentMutation<Data, V extends KeyedVariables>(
  document: DocumentInput<Data, V>,
  /** Types whose cached queries the answer makes stale (urql's document cache cannot tell from the answer alone). */
  stale: string[] = [],
) {
  const [result, execute] = useMutation<Data, V>(document);
  const keys = useRef<SubmissionKeys | null>(null);
  keys.current ??= new SubmissionKeys();
  const inFlight = useRef<Promise<OperationResult<Data, V>> | null>(null);

  const submit = useCallback(
    (input: Input<V>): Promise<OperationResult<Data, V>> => {
      if (inFlight.current) return inFlight.current;
      const idempotencyKey = keys.current!.keyFor(input);
      const sent = execute({ input: { ...input, idempotencyKey } } as V, { additionalTypenames: stale }).then((answer) => {
        if (succeeded(answer)) keys.current!.settle();
        return answer;
      });
      inFlight.current = sent.finally(() => {
        inFlight.current = null;
      });
      return inFlight.current;
    },
    [execute, stale],
  );
  return [result, submit] as const;
}
