import './setup';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';

function Broken(): never {
  throw new Error('render failed: row is undefined');
}

describe('ErrorBoundary', () => {
  it('catches an unexpected error with a plain message and the details folded away', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBoundary lang="de">
          <Broken />
        </ErrorBoundary>
      </FluentProvider>,
    );
    expect(screen.getByText('Ein unerwarteter Fehler ist aufgetreten')).toBeTruthy();
    expect(screen.getByText(/Bitte schließen Sie den Aufgabenbereich/)).toBeTruthy();
    const details = screen.getByText('Details').closest('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('render failed: row is undefined');
    log.mockRestore();
  });
});
