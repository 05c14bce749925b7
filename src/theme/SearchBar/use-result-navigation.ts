import { useEffect, useState, type KeyboardEvent } from 'react';
import { moveActiveOption, type ResultOption } from '../../site/search/client/result-options.js';

const ARROW_STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

export interface ResultNavigation {
  active: number;
  setActive: (index: number) => void;
  /** For the search field: arrows move the active option, Enter opens it. */
  onFieldKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** Which result is active (aria-activedescendant); the first one again whenever `resetKey` changes. */
export function useResultNavigation(options: readonly ResultOption[], resetKey: string, open: (option: ResultOption) => void): ResultNavigation {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [resetKey]);

  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = ARROW_STEPS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((current) => moveActiveOption(current, step, options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) open(option);
    }
  };
  return { active, setActive, onFieldKeyDown };
}
