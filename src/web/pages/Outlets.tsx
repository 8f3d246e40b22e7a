// Outlets: reports, events, events reported first, and how often an outlet's dates or numbers
// differ from the other outlets' on the same event.
import type { OutletJson } from '../../api/schemas.js';
import { query, useApi } from '../api.js';
import { Status } from '../components/common.js';
import { t } from '../i18n.js';
import { Link } from '../router.js';
import { B } from '../text.js';

const ratio = (x: { compared: number; differs: number }) => (x.compared ? `${x.differs}/${x.compared}` : '—');

export function OutletsPage() {
  const state = useApi<{ outlets: OutletJson[] }>('/api/outlets');
  return (
    <div class="outlets-page">
      <h1>{t('outlets')}</h1>
      <Status state={state}>
        {({ outlets }) => (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('outlet')}</th>
                <th scope="col">{t('outletReports')}</th>
                <th scope="col">{t('outletEvents')}</th>
                <th scope="col">{t('firstReports')}</th>
                <th scope="col">{t('datesDiffer')}</th>
                <th scope="col">{t('numbersDiffer')}</th>
              </tr>
            </thead>
            <tbody>
              {outlets.map((o) => (
                <tr>
                  <th scope="row">
                    <Link href={`/${query({ outlet: o.outlet })}`}>
                      <B text={o.outlet} />
                    </Link>
                  </th>
                  <td>
                    <B text={String(o.documents)} />
                  </td>
                  <td>
                    <B text={String(o.events)} />
                  </td>
                  <td>
                    <B text={String(o.firstReports)} />
                  </td>
                  <td class={o.dates.differs ? 'disagree' : ''}>
                    <B text={ratio(o.dates)} />
                  </td>
                  <td class={o.numbers.differs ? 'disagree' : ''}>
                    <B text={ratio(o.numbers)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Status>
    </div>
  );
}
