import { useSyncExternalStore } from 'react';

/**
 * A value outside React that components read and re-render on: the one `useSyncExternalStore` of the
 * app. Every store is one of these (persistent-store.ts and local-store.ts add saving); a change replaces
 * the value (never mutate it), so a selector may return a part of it as it is.
 */
export interface ExternalStore<T> {
  get(): T;
  set(next: T | ((prev: T) => T)): void;
  subscribe(onChange: () => void): () => void;
  /** The value (or the part `select` picks), re-rendering when it changes. */
  useValue(): T;
  useValue<S>(select: (value: T) => S): S;
}

export function createStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (onChange: () => void) => {
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
    };
  };
  function useValue(): T;
  function useValue<S>(select: (value: T) => S): S;
  function useValue<S>(select?: (value: T) => S): T | S {
    const read = () => (select ? select(value) : value);
    return useSyncExternalStore(subscribe, read, read);
  }
  return {
    get: () => value,
    set(next) {
      value = typeof next === 'function' ? (next as (prev: T) => T)(value) : next;
      for (const l of listeners) l();
    },
    subscribe,
    useValue,
  };
}
