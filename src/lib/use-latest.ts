import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that holds the value of the last committed render: stable callbacks (a marker's event
 * handlers, bound once) read the current value through it without being re-created when it
 * changes. Written after the commit, so a render React throws away never leaks into it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
