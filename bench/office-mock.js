"use strict";
/**
 * The least `Office` the built on-send file needs to judge one message in a bare vm realm, as
 * classic Outlook's JavaScript-only runtime gives it: compose item, requirements, roaming
 * settings and `actions.associate`. Callbacks answer on a later microtask, as Outlook's do.
 */
function officeFor(draft) {
  const ok = (cb, value) => Promise.resolve().then(() => cb({ status: "succeeded", value }));
  const people = (list) => list.map((r) => ({ displayName: r.name, emailAddress: r.address }));
  const recipients = (list) => ({ getAsync: (cb) => ok(cb, people(list)) });
  const handlers = {};
  const office = {
    actions: { associate: (name, fn) => (handlers[name] = fn) },
    context: {
      mailbox: {
        userProfile: { displayName: draft.from.name, emailAddress: draft.from.address },
        item: {
          body: { getAsync: (_type, cb) => ok(cb, draft.body.content), getTypeAsync: (cb) => ok(cb, "html") },
          to: recipients(draft.to),
          cc: recipients(draft.cc),
          bcc: recipients(draft.bcc),
          subject: { getAsync: (cb) => ok(cb, draft.subject) },
          from: { getAsync: (cb) => ok(cb, { displayName: draft.from.name, emailAddress: draft.from.address }) },
          getAttachmentsAsync: (cb) => ok(cb, []),
          getComposeTypeAsync: (cb) => ok(cb, { composeType: draft.composeType }),
          internetHeaders: { setAsync: (_h, cb) => ok(cb) },
          sessionData: { getAllAsync: (cb) => ok(cb, {}), setAsync: (_k, _v, cb) => ok(cb) },
        },
      },
      requirements: { isSetSupported: (name, version) => name === "Mailbox" && Number(String(version).split(".")[1] || 0) <= 15 },
      roamingSettings: { get: () => undefined, set: () => undefined, saveAsync: (cb) => cb && ok(cb) },
    },
  };
  return { office, handlers };
}

module.exports = { officeFor };
