// The first thing the page does, in a module of its own that index.tsx imports before anything else, so that it
// runs before React and Fluent UI are even evaluated: in Office, request office.js, then functions.js as soon as
// office.js has loaded, so that the custom functions register whatever the pane decides, however long office.js
// takes, and without waiting for any view. Outside Office this requests nothing.
import { browserEnvironment, startHostScripts } from "../addin/host-connection";

export const environment = browserEnvironment();
export const hostScripts = startHostScripts(environment);
