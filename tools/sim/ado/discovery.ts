import { LOCATION_AREA_ID, LOCATION_AREA_LOCATIONS, WIT_AREA_ID, WIT_LOCATIONS } from './locations.js';

/** `OPTIONS {org}/_apis/{area}`: the area's resource locations, or null for an unknown area. */
export function areaLocations(area: string): { count: number; value: unknown[] } | null {
  const key = area.toLowerCase();
  if (key === 'location') return { count: LOCATION_AREA_LOCATIONS.length, value: [...LOCATION_AREA_LOCATIONS] };
  if (key === 'wit') return { count: WIT_LOCATIONS.length, value: [...WIT_LOCATIONS] };
  return null;
}

/** `GET {org}/_apis/ResourceAreas`: every area served at the org URL itself. */
export function resourceAreas(orgUrl: string): { count: number; value: unknown[] } {
  const locationUrl = `${orgUrl}/`;
  const value = [
    { id: WIT_AREA_ID, name: 'wit', locationUrl },
    { id: LOCATION_AREA_ID, name: 'Location', locationUrl },
  ];
  return { count: value.length, value };
}
