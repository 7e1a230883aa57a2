/**
 * The names the manifest's `<LaunchEvent FunctionName="…">` use. A test runs the built on-send
 * file and checks it registers exactly these with `Office.actions.associate`.
 */
export const HANDLER_NAMES = {
  compose: "onNewMessageComposeHandler",
  send: "onMessageSendHandler",
} as const;
