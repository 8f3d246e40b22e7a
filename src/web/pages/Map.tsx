// The map of where events happened, drawn offline: d3-geo over bundled Natural Earth outlines;
// a circle per place (area by events) linking to the timeline of that place.
import { useEffect, useState } from 'preact/hooks';
import { geoMercator, geoPath } from 'd3-geo';
import type { PlaceJson } from '../../api/schemas.js';
import { query, useApi } from '../api.js';
import { Status } from '../components/common.js';
import { nameOf, t } from '../i18n.js';
import { Link, navigate } from '../router.js';
import { B } from '../text.js';

type Countries = typeof import('../map-data.js')['countries'];

const W = 960;
const H = 560;

export function MapPage(props: { url: URL }) {
  const filters = Object.fromEntries(
    [...props.url.searchParams].filter(([k]) =>
      ['from', 'to', 'type', 'actor', 'outlet', 'status', 'q'].includes(k),
    ),
  );
  const state = useApi<{ places: PlaceJson[]; unplaced: number }>(`/api/places${query(filters)}`);
  const [countries, setCountries] = useState<Countries | null>(null);
  useEffect(() => {
    void import('../map-data.js').then((m) => setCountries(m.countries));
  }, []);
  return (
    <div class="map-page">
      <h1>{t('map')}</h1>
      <Status state={state}>
        {({ places, unplaced }) => {
          // Fit the view to the places (KB coordinates are [lat, lon]), with a margin of degrees.
          const pts = places.map(
            (p) => [p.entity.coordinates![1], p.entity.coordinates![0]] as [number, number],
          );
          const lon = pts.map((p) => p[0]);
          const lat = pts.map((p) => p[1]);
          const box = pts.length
            ? {
                type: 'MultiPoint' as const,
                coordinates: [
                  [Math.min(...lon) - 6, Math.min(...lat) - 4],
                  [Math.max(...lon) + 6, Math.max(...lat) + 4],
                ],
              }
            : {
                type: 'MultiPoint' as const,
                coordinates: [
                  [25, 12],
                  [60, 42],
                ],
              };
          const projection = geoMercator().fitSize([W, H], box);
          const path = geoPath(projection);
          const max = Math.max(1, ...places.map((p) => p.events));
          return (
            <>
              <svg viewBox={`0 0 ${W} ${H}`} class="map" role="img" aria-label={t('map')} dir="ltr">
                <rect width={W} height={H} class="sea" />
                {countries?.features.map((f) => (
                  <path d={path(f) ?? ''} class="land" />
                ))}
                {places.map((p, i) => {
                  const xy = projection(pts[i]);
                  if (!xy) return null;
                  const r = 4 + 14 * Math.sqrt(p.events / max);
                  const href = `/${query({ ...filters, place: p.entity.id })}`;
                  return (
                    <a
                      href={href}
                      onClick={(e) => (e.preventDefault(), navigate(href))}
                      aria-label={`${nameOf(p.entity)}: ${p.events}`}
                    >
                      <circle cx={xy[0]} cy={xy[1]} r={r} class="place" />
                      <text x={xy[0]} y={xy[1] - r - 3} class="place-label" text-anchor="middle">
                        {nameOf(p.entity)}
                      </text>
                    </a>
                  );
                })}
              </svg>
              <table class="table places">
                <tbody>
                  {places.map((p) => (
                    <tr>
                      <th scope="row">
                        <Link href={`/${query({ ...filters, place: p.entity.id })}`}>
                          <B text={nameOf(p.entity)} />
                        </Link>
                      </th>
                      <td>
                        <B text={String(p.events)} /> {t('eventsCount')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {unplaced > 0 && (
                <p class="muted">
                  <B text={String(unplaced)} /> {t('unplaced')}
                </p>
              )}
            </>
          );
        }}
      </Status>
    </div>
  );
}
