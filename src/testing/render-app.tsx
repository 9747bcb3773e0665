import { useEffect } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { App } from '../app/app';

/** Exposes the router's current location to tests. */
export const location = { current: '' };
function LocationProbe() {
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    location.current = `${pathname}${search}${hash}`;
  }, [pathname, search, hash]);
  return null;
}

/** Renders the whole app at a URL, as a reader would open it. */
export function renderApp(url = '/') {
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      <App />
      <LocationProbe />
    </MemoryRouter>,
  );
  return { user, ...result };
}
