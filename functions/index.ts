import { app } from '@azure/functions';
import { getRuntime } from '../shared/app/getRuntime.js';
import { createWebhookHandler } from './webhook.js';
import { createBackfillHandler } from './backfill.js';

// The one entry file: registers every function. Nothing here touches configuration, secrets
// or the network, so a bad setting cannot make a function vanish at import time.
app.http('sysaidWebhook', {
  route: 'sysaid/webhook',
  methods: ['POST'],
  authLevel: 'function',
  handler: createWebhookHandler(getRuntime),
});

app.timer('sysaidBackfill', {
  schedule: '%BACKFILL_SCHEDULE%',
  runOnStartup: false,
  useMonitor: true,
  handler: createBackfillHandler(getRuntime),
});
