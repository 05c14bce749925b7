/**
 * `npm start` starts the dev server before its sync, so that Node and Docusaurus load while the sync runs. What
 * only the sync can decide (which pages a focused preview builds, where the docs plugins learn of a reload) reaches
 * the server afterwards through its IPC channel; docusaurus.config.ts waits for it before anything reads the tree.
 */

/** Set by `npm start` on the server it starts before its sync; cleared once the settings have arrived. */
export const AWAIT_PREVIEW_SETTINGS_ENV = 'SCS_AWAIT_PREVIEW_SETTINGS';

/** The server's message once it listens for the settings (a message sent before that would be lost). */
export const AWAITING_SETTINGS_MESSAGE = { kind: 'awaiting-preview-settings' } as const;

/** `npm start`'s answer: variables to add to the server's environment. */
export interface PreviewSettingsMessage {
  kind: 'preview-settings';
  env: Record<string, string>;
}

/** The channel to the process that started this one (Node's `process` with an IPC channel). */
export interface ParentChannel {
  connected?: boolean;
  send?: (message: unknown) => unknown;
  once(event: 'message', listener: (message: unknown) => void): unknown;
  once(event: 'disconnect', listener: () => void): unknown;
  channel?: { unref(): void } | undefined;
}

export function previewSettingsMessage(env: Record<string, string>): PreviewSettingsMessage {
  return { kind: 'preview-settings', env };
}

export function isAwaitingSettings(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === AWAITING_SETTINGS_MESSAGE.kind;
}

/**
 * Waits for `npm start`'s settings when it asked for that, and adds them to `env`; returns at once otherwise (a
 * build, or `docusaurus start` run directly). Rejects when `npm start` goes away before sending them.
 */
export async function receivePreviewSettings(env: NodeJS.ProcessEnv, parent: ParentChannel): Promise<void> {
  if (env[AWAIT_PREVIEW_SETTINGS_ENV] !== '1') return;
  if (!parent.connected || !parent.send) throw new Error(`${AWAIT_PREVIEW_SETTINGS_ENV} is set, but no process started this one to send the preview's settings`);
  const message = await new Promise<unknown>((resolvePromise, reject) => {
    parent.once('message', resolvePromise);
    parent.once('disconnect', () => reject(new Error('npm start stopped before its sync was done')));
    parent.send!(AWAITING_SETTINGS_MESSAGE);
  });
  if (!isPreviewSettings(message)) throw new Error(`unexpected message from npm start: ${JSON.stringify(message)}`);
  Object.assign(env, message.env);
  delete env[AWAIT_PREVIEW_SETTINGS_ENV]; // a reload of the config (Docusaurus watches it) must not wait again
  parent.channel?.unref(); // the channel alone keeps no server running
}

function isPreviewSettings(message: unknown): message is PreviewSettingsMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, env } = message as Partial<PreviewSettingsMessage>;
  return kind === 'preview-settings' && typeof env === 'object' && env !== null && Object.values(env).every((value) => typeof value === 'string');
}
