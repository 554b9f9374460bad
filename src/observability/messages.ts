/** Messages of the metrics endpoints (the app's `/metrics` and a worker's `--metrics-port`). */
export const METRICS_MESSAGES = {
  badToken: {
    id: 'Token metrik salah atau tidak dikirim (Authorization: Bearer …).',
    en: 'The metrics token is wrong or missing (Authorization: Bearer …).',
  },
};
