export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-800">
        <p>The program catalog is demo data: fictional programs generated from published NRMP figures.</p>
        <p>Sources: NRMP Charting Outcomes 2026; NRMP 2025 Main Residency Match.</p>
        <p>SmartPick estimates chances; it does not promise interviews or a match.</p>
      </div>
    </footer>
  );
}
