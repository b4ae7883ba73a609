import * as React from 'react';

export interface DismissIconProps {
  className?: string;
}

/** A 16 px cross for close buttons (drawn here, so the pane needs no icon package). */
export function DismissIcon({ className }: DismissIconProps): React.JSX.Element {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" fill="none" />
    </svg>
  );
}
