/**
 * The identity GITHUB_TOKEN writes as: the Actions app's bot, an installation token (so
 * GET /user answers 403). Tests add it with `emulator.addToken(token, ACTIONS_BOT)`, or
 * `{ ...ACTIONS_BOT, readOnly: true }` for a fork pull request's token.
 */
export const ACTIONS_BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  installation: true,
} as const;
