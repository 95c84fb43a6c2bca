// The growth sparkline's SVG path from snapshots: pure, so it is tested without a DOM.
export interface SparkPoint {
  at: string;
  value: number;
}

/** An SVG path ("M x y L x y ...") fitting the points in width x height, time on x. Null under 2 points. */
export function sparklinePath(points: readonly SparkPoint[], width: number, height: number): string | null {
  if (points.length < 2) return null;
  const times = points.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const values = points.map((p) => p.value);
  const v0 = Math.min(...values);
  const v1 = Math.max(...values);
  const x = (t: number) => (t1 === t0 ? 0 : ((t - t0) / (t1 - t0)) * width);
  // A flat line sits in the middle rather than on an edge.
  const y = (v: number) => (v1 === v0 ? height / 2 : height - ((v - v0) / (v1 - v0)) * height);
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(times[i]!).toFixed(1)} ${y(p.value).toFixed(1)}`)
    .join(' ');
}
