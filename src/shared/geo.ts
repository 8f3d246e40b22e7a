// Distances between places, for the stages that judge whether two places are one (a district
// and its city, a town and its province).

/** Great-circle distance between two [lat, lon] points, or null when either is unknown. */
export function distanceKm(p: [number, number] | undefined, q: [number, number] | undefined): number | null {
  if (!p || !q) return null;
  const rad = Math.PI / 180;
  const dLat = (q[0] - p[0]) * rad;
  const dLon = (q[1] - p[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[0] * rad) * Math.cos(q[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
