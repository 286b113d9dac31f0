/**
 * RDAP answers (RFC 9083) in the shapes real registries send, for the local RDAP server: a RIPE NCC
 * network (abuse-c directly on the network, cidr0, "Filtered" notices), an ARIN network (the abuse
 * POC nested under the registrant organisation), an APNIC-style IPv6 assignment, a network whose
 * holder published no abuse contact, and a gTLD registry's domain (registrar with its IANA id and
 * its abuse contact nested, as the ICANN RDAP profile requires). Only documentation addresses
 * (RFC 5737, RFC 3849) and reserved names (RFC 2606) appear.
 */

const vcard = (...properties: unknown[][]) => ['vcard', [['version', {}, 'text', '4.0'], ...properties]];
const fn = (name: string) => ['fn', {}, 'text', name];
const email = (address: string) => ['email', {}, 'text', address];

const ripeNotices = [
  { title: 'Filtered', description: ['This output has been filtered.'] },
  {
    title: 'Whois Inaccuracy Reporting',
    description: ['If you see inaccuracies in the results, please visit the inaccuracy reporting page.'],
  },
  { title: 'Source', description: ['Objects returned came from source', 'RIPE'] },
  {
    title: 'Terms and Conditions',
    description: ['This is the RIPE Database query service. The objects are in RDAP format.'],
  },
];

const events = (registered: string, changed: string) => [
  { eventAction: 'registration', eventDate: registered },
  { eventAction: 'last changed', eventDate: changed },
];

export type FixtureNetwork = { cidr: string; answer: (base: string) => Record<string, unknown> };

export const fixtureNetworks: FixtureNetwork[] = [
  {
    // RIPE NCC: an assignment to a hosting company, abuse-c on the network itself.
    cidr: '192.0.2.0/24',
    answer: (base) => ({
      handle: '192.0.2.0 - 192.0.2.255',
      startAddress: '192.0.2.0',
      endAddress: '192.0.2.255',
      ipVersion: 'v4',
      name: 'EXAMPLE-HOSTING-NET',
      type: 'ASSIGNED PA',
      country: 'FR',
      parentHandle: '192.0.0.0 - 192.0.7.255',
      objectClassName: 'ip network',
      entities: [
        {
          handle: 'ORG-EHS1-RIPE',
          vcardArray: vcard(fn('Example Hosting SAS'), ['kind', {}, 'text', 'org']),
          roles: ['registrant'],
          objectClassName: 'entity',
        },
        {
          handle: 'EHS1-RIPE',
          vcardArray: vcard(fn('Example Hosting NOC'), ['kind', {}, 'text', 'group']),
          roles: ['administrative', 'technical'],
          objectClassName: 'entity',
        },
        {
          handle: 'AR1234-RIPE',
          vcardArray: vcard(
            fn('Abuse-C Role'),
            ['kind', {}, 'text', 'group'],
            ['role', {}, 'text', 'abuse'],
            email('abuse@hosting.example'),
          ),
          roles: ['abuse'],
          objectClassName: 'entity',
        },
      ],
      links: [
        { value: `${base}ip/192.0.2.0`, rel: 'self', href: `${base}ip/192.0.2.0/24` },
        { value: `${base}ip/192.0.2.0`, rel: 'up', href: `${base}ip/192.0.0.0/21` },
      ],
      events: events('2019-03-12T10:15:20Z', '2025-05-02T08:00:00Z'),
      rdapConformance: ['cidr0', 'rdap_level_0', 'nro_rdap_profile_0', 'redacted'],
      notices: ripeNotices,
      port43: 'whois.ripe.net',
      cidr0_cidrs: [{ v4prefix: '192.0.2.0', length: 24 }],
    }),
  },
  {
    // ARIN: a direct allocation to an ISP, the abuse POC under the registrant organisation.
    cidr: '198.51.100.0/24',
    answer: (base) => ({
      rdapConformance: ['nro_rdap_profile_0', 'rdap_level_0', 'cidr0', 'arin_originas0'],
      notices: [
        {
          title: 'Terms of Service',
          description: [
            'By using the ARIN RDAP/Whois service, you are agreeing to the RDAP/Whois Terms of Use',
          ],
        },
        {
          title: 'Copyright Notice',
          description: ['Copyright 1997-2026, American Registry for Internet Numbers, Ltd.'],
        },
      ],
      handle: 'NET-198-51-100-0-1',
      startAddress: '198.51.100.0',
      endAddress: '198.51.100.255',
      ipVersion: 'v4',
      name: 'EXAMPLE-ISP',
      type: 'DIRECT ALLOCATION',
      parentHandle: 'NET-198-0-0-0-0',
      events: events('2012-04-20T10:00:00-04:00', '2024-11-08T13:12:40-05:00'),
      links: [{ value: `${base}ip/198.51.100.7`, rel: 'self', href: `${base}ip/198.51.100.0` }],
      entities: [
        {
          handle: 'EXISP',
          vcardArray: vcard(
            fn('Example ISP LLC'),
            ['adr', { label: '100 Example Street\nAnytown\nUS' }, 'text', ['', '', '', '', '', '', '']],
            ['kind', {}, 'text', 'org'],
          ),
          roles: ['registrant'],
          entities: [
            {
              handle: 'ABUSE5-ARIN',
              vcardArray: vcard(
                fn('Abuse Desk'),
                ['org', {}, 'text', 'Abuse Desk'],
                ['kind', {}, 'text', 'group'],
                email('abuse@isp.example'),
                ['tel', { type: ['work', 'voice'] }, 'text', '+1-555-555-0100'],
              ),
              roles: ['abuse'],
              remarks: [
                { title: 'Registration Comments', description: ['Send abuse reports to this address.'] },
              ],
              objectClassName: 'entity',
            },
          ],
          objectClassName: 'entity',
        },
      ],
      port43: 'whois.arin.net',
      status: ['active'],
      objectClassName: 'ip network',
      cidr0_cidrs: [{ v4prefix: '198.51.100.0', length: 24 }],
      arin_originas0_originautnums: [],
    }),
  },
  {
    // A block whose holder published no abuse contact: the registrant only.
    cidr: '203.0.113.0/25',
    answer: () => ({
      handle: '203.0.113.0 - 203.0.113.127',
      startAddress: '203.0.113.0',
      endAddress: '203.0.113.127',
      ipVersion: 'v4',
      name: 'QUIET-NET',
      type: 'ASSIGNED PA',
      country: 'NL',
      objectClassName: 'ip network',
      entities: [
        {
          handle: 'ORG-QN1-RIPE',
          vcardArray: vcard(fn('Quiet Networks BV'), ['kind', {}, 'text', 'org']),
          roles: ['registrant'],
          objectClassName: 'entity',
        },
      ],
      rdapConformance: ['cidr0', 'rdap_level_0', 'nro_rdap_profile_0'],
      notices: ripeNotices,
      cidr0_cidrs: [{ v4prefix: '203.0.113.0', length: 25 }],
    }),
  },
  {
    // APNIC-style IPv6 assignment, the abuse contact with a "mailto:" some registries keep.
    cidr: '2001:db8::/32',
    answer: (base) => ({
      objectClassName: 'ip network',
      handle: '2001:DB8::/32',
      startAddress: '2001:db8::',
      endAddress: '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff',
      ipVersion: 'v6',
      name: 'EXAMPLE-V6-HOST',
      type: 'ASSIGNED PORTABLE',
      country: 'JP',
      entities: [
        {
          objectClassName: 'entity',
          handle: 'IRT-EXAMPLE-V6',
          vcardArray: vcard(
            fn('IRT-EXAMPLE-V6'),
            ['kind', {}, 'text', 'group'],
            email('mailto:Abuse@V6Host.example'),
          ),
          roles: ['abuse'],
        },
      ],
      links: [{ value: `${base}ip/2001:db8::1`, rel: 'self', href: `${base}ip/2001:db8::/32` }],
      rdapConformance: ['history_version_0', 'nro_rdap_profile_0', 'apnic_cidr0', 'cidr0', 'rdap_level_0'],
      notices: [{ title: 'Source', description: ['Objects returned came from source', 'APNIC'] }],
      cidr0_cidrs: [{ v6prefix: '2001:db8::', length: 32 }],
    }),
  },
];

const gtldNotices = [
  {
    title: 'Terms of Use',
    description: ['Service subject to Terms of Use.'],
  },
  {
    title: 'Status Codes',
    description: ['For more information on domain status codes, please visit https://icann.org/epp'],
  },
  {
    title: 'RDDS Inaccuracy Complaint Form',
    description: ['URL of the ICANN RDDS Inaccuracy Complaint Form: https://icann.org/wicf'],
  },
];

const registrar = (name: string, ianaId: string, abuse: unknown[]) => ({
  objectClassName: 'entity',
  handle: ianaId,
  roles: ['registrar'],
  publicIds: [{ type: 'IANA Registrar ID', identifier: ianaId }],
  vcardArray: vcard(fn(name)),
  entities: abuse,
});

const domain = (base: string, ldhName: string, registrarEntity: unknown) => ({
  objectClassName: 'domain',
  handle: `${ldhName.replace(/\./g, '_')}-EXAMPLE`,
  ldhName,
  links: [{ value: `${base}domain/${ldhName}`, rel: 'self', href: `${base}domain/${ldhName}` }],
  status: ['client delete prohibited', 'client transfer prohibited'],
  entities: [registrarEntity],
  events: [
    { eventAction: 'registration', eventDate: '2011-08-14T04:00:00Z' },
    { eventAction: 'expiration', eventDate: '2027-08-13T04:00:00Z' },
    { eventAction: 'last update of RDAP database', eventDate: '2026-09-28T12:00:00Z' },
  ],
  secureDNS: { delegationSigned: false },
  nameservers: [
    { objectClassName: 'nameserver', ldhName: 'NS1.EXAMPLE.NET' },
    { objectClassName: 'nameserver', ldhName: 'NS2.EXAMPLE.NET' },
  ],
  rdapConformance: [
    'rdap_level_0',
    'icann_rdap_technical_implementation_guide_1',
    'icann_rdap_response_profile_1',
  ],
  notices: gtldNotices,
});

export const fixtureDomains: Record<string, (base: string) => Record<string, unknown>> = {
  'example.com': (base) =>
    domain(
      base,
      'EXAMPLE.COM',
      registrar('Example Registrar, Inc.', '9999', [
        {
          objectClassName: 'entity',
          roles: ['abuse'],
          vcardArray: vcard(
            fn(''),
            ['tel', { type: 'voice' }, 'uri', 'tel:+1.5555550100'],
            email('abuse@registrar.example'),
          ),
        },
      ]),
    ),
  // A registrar that published no abuse contact.
  'example.net': (base) => domain(base, 'EXAMPLE.NET', registrar('Silent Registrar SARL', '9998', [])),
};
