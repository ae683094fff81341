// A few line icons for the navigation, drawn on a 24-unit grid with the current text colour.
const PATHS = {
  gauge: 'M4 16a8 8 0 1 1 16 0M12 16l4-5M3 20h18',
  film: 'M4 4h16v16H4zM8 4v16M16 4v16M4 9h4M4 15h4M16 9h4M16 15h4',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  send: 'M3 11l18-8-8 18-2-8zM11 13l10-10',
  book: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11',
  users: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14c2 .8 3 3 3 6',
  sun: 'M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.4 1.4M17.6 17.6 19 19M5 19l1.4-1.4M17.6 6.4 19 5',
  clipboard: 'M8 4h8v3H8zM6 5H5v16h14V5h-1M8 11h8M8 15h6',
  person: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4.4 3.6-8 8-8s8 3.6 8 8',
  door: 'M5 21V4h11v17M3 21h18M13 12h.01M16 6h3v15',
  receipt: 'M6 3h12v18l-3-2-3 2-3-2-3 2zM14.5 8.6a2.8 2.8 0 1 0 0 4.8M8.5 10h4.5M8.5 12h4.5',
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 22 }: { name: IconName; size?: number }) {
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
