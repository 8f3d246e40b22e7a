// Country outlines for the offline map: Natural Earth 1:50m from the world-atlas package,
// bundled into its own chunk (loaded only by the map page).
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
export const countries = feature(topo, topo.objects.countries) as FeatureCollection<
  Geometry,
  { name: string }
>;
