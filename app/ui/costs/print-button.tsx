'use client';

/** Opens the browser's print dialog; the page's print styles turn it into the monthly report. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()} data-testid="cost-print">
      Print report
    </button>
  );
}
