// Small helpers shared by the benchmark: statistics, hotspot grids and a
// fixed-width text table.

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value below which `p` per cent of `values` lie (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `count` hotspots on a regular grid over the whole picture. */
export function gridHotspots(count) {
  const side = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => ({
    x: ((i % side) + 0.5) / side, y: (Math.floor(i / side) + 0.5) / side, title: `Point ${i + 1}`, text: 'Benchmark',
  }));
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Rows (arrays of cells) under `headers`; numbers and figures right-aligned. */
export function textTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => (c === undefined || c === null ? '' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] || '').length)));
  const numeric = headers.map((_, i) => i > 0 && rows.every((row) => /^[-\d.,%×x ]*(ms|KB|B)?$/.test(String(row[i] ?? ''))));
  const line = (row) => row.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
