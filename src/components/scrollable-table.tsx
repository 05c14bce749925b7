import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';

/**
 * A table of the docs. Wide tables scroll sideways (src/css/custom.css), and a region that scrolls must be
 * reachable with the keyboard (WCAG 2.1.1): a table that overflows joins the Tab order, so the arrow keys scroll
 * it; one that fits stays out of it. Set on the element directly (React does not own the attribute), so it is
 * in place when hydration ends, and kept current as the width changes.
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const ref = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const table = ref.current;
    if (!table) return undefined;
    const update = () => {
      if (table.scrollWidth > table.clientWidth) table.setAttribute('tabindex', '0');
      else table.removeAttribute('tabindex');
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return <table ref={ref} {...props} />;
}
