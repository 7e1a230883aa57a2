import * as z from "zod/mini";
import { CLAUSES } from "../clauses";
import { localPartOf } from "../draft";
import { isPublicSector, isWebmail, normalizeDomain, onAnyDomain } from "../lib/domains";
import { isOrganisationName, isRoleLocalPart } from "../lib/people";
import { createRule, type Recipient } from "../rule";

const COUNCILLOR_NAME = /^[ \t"']{0,5}(cllr\.?|councillor)[ \t]/i;
const wordList = z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(64))).check(z.maxLength(500));
const domainList = z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(253))).check(z.maxLength(500));

export default createRule({
  meta: {
    id: "visible-recipients",
    description: "Several people's personal email addresses are visible to each other in To and Cc instead of hidden in Bcc.",
    defaultSeverity: "warn",
    defaultClause: CLAUSES.contactDetails,
    messages: {
      visibleAddresses:
        "{count} people's personal email addresses can be seen by everyone in To and Cc. Move them to Bcc so no one else's address is shared.",
    },
    options: z.strictObject({
        /** How many visible personal addresses make a finding. */
        minimum: z._default(z.int().check(z.minimum(2), z.maximum(1000)), 3),
        /** At this many the finding blocks the send. */
        blockAt: z._default(z.int().check(z.minimum(2), z.maximum(10000)), 10),
        /** More local parts that are organisations' role mailboxes (e.g. "bandstand" for bandstand@…). */
        roleMailboxes: z._default(wordList, []),
        /** Domains whose addresses are work addresses, not personal ones (as public bodies' are). */
        organisationDomains: z._default(domainList, []),
        /** Count officials at public bodies (gov.uk, police.uk, nhs.net…) as personal too. */
        includePublicSector: z._default(z.boolean(), false),
      }),
    fixes: ["move-to-bcc"],
  },
  check(context) {
    const { options } = context;
    const { policy } = context;
    const orgDomains = options.organisationDomains.map(normalizeDomain);
    // People the council's policy lists by name are its own contacts, not members of the public.
    const listed = new Set(policy.people.map((p) => p.address).concat(policy.councillors.addresses));
    const seen = new Set<string>();
    const personal: Recipient[] = [];
    for (const r of context.recipients) {
      if (r.field === "bcc" || r.kind !== "external" || r.isDistributionList) continue;
      const address = r.address.trim().toLowerCase();
      if (!r.domain || seen.has(address)) continue;
      seen.add(address);
      if (onAnyDomain(r.domain, orgDomains)) continue;
      if (!options.includePublicSector && isPublicSector(r.domain)) continue;
      // Role mailboxes (info@, planning@, parishclerk@) and named organisations are not personal.
      if (isRoleLocalPart(localPartOf(address), options.roleMailboxes)) continue;
      if (r.name && isOrganisationName(r.name)) continue;
      // Councillors' addresses are published; the council lists its own people.
      if (listed.has(address) || COUNCILLOR_NAME.test(r.name)) continue;
      personal.push(r);
    }
    if (personal.length < options.minimum) return;
    // Colleagues at one firm already share a domain and each other's addresses.
    const domains = new Set(personal.map((r) => r.domain));
    if (domains.size === 1 && !isWebmail(personal[0].domain)) return;
    context.report({
      messageId: "visibleAddresses",
      data: { count: personal.length },
      evidence: personal.map((r) => ({ field: r.field, excerpt: r.address, index: r.index })),
      fix: { kind: "move-to-bcc", addresses: personal.map((r) => r.address) },
      ...(personal.length >= options.blockAt ? { severity: "block" as const } : {}),
    });
  },
});
