import autocannon from 'autocannon';

/** The connections every registration bench drives its service with. */
export const CONNECTIONS = 16;

let petitioner = 0;

/** One registration body; every call names a different petitioner, so intake's repeat detection finds nothing to link. */
export function petitionBody(): string {
  petitioner++;
  return JSON.stringify({
    channel: 'visit',
    petitioners: [{ name: `信访人${petitioner}`, phone: `139${String(petitioner).padStart(8, '0')}`, address: '射阳县某镇某村' }],
    subject: '征地补偿款未足额发放',
    content: '2024年村里征地，补偿款至今只发放了一半。',
    demands: '足额发放补偿款',
    category: 'housing_construction',
    responsibleUnit: '某某镇人民政府',
    receivedAt: '2026-11-02',
  });
}

/** `POST /petitions` from autocannon over CONNECTIONS connections for `seconds`, each request with a fresh body. */
export function registrationLoad(url: string, token: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [{ method: 'POST', path: '/petitions', setupRequest: (request) => ({ ...request, body: petitionBody() }) }],
  });
}
