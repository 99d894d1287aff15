/**
 * API resource locations as ADO lists them in `OPTIONS {org}/_apis/{area}`; azure-devops-node-api
 * builds every URL from `routeTemplate`, looked up by `id`.
 */
export interface ApiResourceLocation {
  id: string;
  area: string;
  resourceName: string;
  routeTemplate: string;
  resourceVersion: number;
  minVersion: string;
  maxVersion: string;
  releasedVersion: string;
}

export const WIT_AREA_ID = '5264459e-e5e0-4bd8-b118-0985e68a4ec5';
export const LOCATION_AREA_ID = '00d9565f-ed9c-4a06-9a50-00e7896ccab4';

export const LOCATION_AREA_LOCATIONS: readonly ApiResourceLocation[] = [
  {
    id: 'e81700f7-3be2-46de-8624-2eb35882fcaa',
    area: 'Location',
    resourceName: 'ResourceAreas',
    routeTemplate: '_apis/{resource}/{areaId}',
    resourceVersion: 1,
    minVersion: '3.2',
    maxVersion: '7.2',
    releasedVersion: '0.0',
  },
];

export const WIT_LOCATIONS: readonly ApiResourceLocation[] = [
  {
    id: '62d3d110-0047-428c-ad3c-4fe872c91c74',
    area: 'wit',
    resourceName: 'workItems',
    routeTemplate: '{project}/_apis/{area}/{resource}/${type}',
    resourceVersion: 3,
    minVersion: '1.0',
    maxVersion: '7.2',
    releasedVersion: '7.1',
  },
  {
    id: '72c7ddf8-2cdc-4f60-90cd-ab71c14a399b',
    area: 'wit',
    resourceName: 'workItems',
    routeTemplate: '{project}/_apis/{area}/{resource}/{id}',
    resourceVersion: 3,
    minVersion: '1.0',
    maxVersion: '7.2',
    releasedVersion: '7.1',
  },
  {
    id: '908509b6-4248-4475-a1cd-829139ba419f',
    area: 'wit',
    resourceName: 'workItemsBatch',
    routeTemplate: '{project}/_apis/{area}/{resource}',
    resourceVersion: 1,
    minVersion: '5.0',
    maxVersion: '7.2',
    releasedVersion: '7.1',
  },
  {
    id: '1a9c53f7-f243-4447-b110-35ef023636e4',
    area: 'wit',
    resourceName: 'wiql',
    routeTemplate: '{project}/{team}/_apis/{area}/{resource}',
    resourceVersion: 2,
    minVersion: '1.0',
    maxVersion: '7.2',
    releasedVersion: '7.1',
  },
  {
    id: '608aac0a-32e1-4493-a863-b9cf4566d257',
    area: 'wit',
    resourceName: 'comments',
    routeTemplate: '{project}/_apis/{area}/workItems/{workItemId}/{resource}/{commentId}',
    resourceVersion: 4,
    minVersion: '5.0',
    maxVersion: '7.2',
    releasedVersion: '0.0',
  },
  {
    id: '6570bf97-d02c-4a91-8d93-3abe9895b1a9',
    area: 'wit',
    resourceName: 'updates',
    routeTemplate: '{project}/_apis/{area}/workItems/{id}/{resource}/{updateNumber}',
    resourceVersion: 4,
    minVersion: '1.0',
    maxVersion: '7.2',
    releasedVersion: '7.1',
  },
];
