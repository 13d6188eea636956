import { useEffect, useState } from 'react';
import { ApiError } from './api.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'failed'; readonly message: string; readonly httpStatus?: number } | { readonly status: 'ready'; readonly data: T };

/** Loads once per change of `key`; an answer that arrives after the key moved on is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error), ...(error instanceof ApiError ? { httpStatus: error.status } : {}) }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt on every render; `key` says when it asks for something else.
  }, [key]);
  return state;
}
