import { REVIEW_COLUMNS, TICKET_COLUMNS, type Choices, type Label, type RegisterColumn, type ReviewRegisterRow, type TicketRegisterRow } from './columns';

/**
 * A register as one spec: 售后登记表 and 中差评登记表 are the same screen — filters, count,
 * export, grid — told apart only by their columns, which of them it filters by, and the case
 * behind a row (whose owner, shop and time the shared filters read).
 */
export interface RegisterSpec<Row> {
  /** Names its test ids (`ticket-grid`, `ticket-export-csv`…). */
  name: string;
  /** i18n key of its title, which names the exported file. */
  title: string;
  columns: readonly RegisterColumn<Row>[];
  /** Columns with choices offered as filters above the grid, in order, each with its words for "any". */
  filters: ReadonlyArray<{ column: string; any: string }>;
  caseOf: (row: Row) => { id: string; ownerId: string | null; shopId: string; at: number };
  /** The title of the tab a row opens. */
  tabTitle: (row: Row, label: Label) => string;
}

/** What the filters are set to: a value per filtered column ('' or absent: any), owner, shop, [from, to). */
export interface RegisterFilterValues {
  byColumn?: Readonly<Record<string, string>>;
  ownerId?: string | null;
  shopId?: string | null;
  from?: number | null;
  to?: number | null;
}

export interface RegisterFilter<Row> { column: RegisterColumn<Row>; any: string; choices: Choices<Row> }

/** The filters a register offers, each with its column (header, id) and choices (a test holds every spec to naming such a column). */
export function registerFilters<Row>(spec: RegisterSpec<Row>): RegisterFilter<Row>[] {
  return spec.filters.flatMap(({ column: id, any }) => {
    const column = spec.columns.find((c) => c.id === id);
    return column?.choices ? [{ column, any, choices: column.choices }] : [];
  });
}

/** The rows every set filter keeps: each chosen value equals the row's, owner and shop match, time in [from, to). */
export function filterRegister<Row>(spec: RegisterSpec<Row>, rows: readonly Row[], f: RegisterFilterValues): Row[] {
  const chosen = registerFilters(spec).filter((x) => f.byColumn?.[x.column.id]);
  return rows.filter((row) => {
    const c = spec.caseOf(row);
    if (f.ownerId && c.ownerId !== f.ownerId) return false;
    if (f.shopId && c.shopId !== f.shopId) return false;
    if (f.from != null && c.at < f.from) return false;
    if (f.to != null && c.at >= f.to) return false;
    return chosen.every((x) => x.choices.of(row) === f.byColumn?.[x.column.id]);
  });
}

/** 售后登记表: filtered by type, status and responsible party; dated by registration. */
export const TICKET_REGISTER: RegisterSpec<TicketRegisterRow> = {
  name: 'ticket',
  title: 'aftersale.aftersaleView.register',
  columns: TICKET_COLUMNS,
  filters: [{ column: 'type', any: 'cases.filter.allTypes' }, { column: 'status', any: 'cases.filter.allStatus' }, { column: 'party', any: 'cases.filter.allParties' }],
  caseOf: ({ ticket }) => ({ id: ticket.id, ownerId: ticket.ownerId, shopId: ticket.shopId, at: ticket.createdAt }),
  tabTitle: (r, l) => `${l(`aftersale.types.${r.ticket.type}`)} ${r.buyerNick}`,
};

/** 中差评登记表: filtered by status and cause; dated by the review's posting. */
export const REVIEW_REGISTER: RegisterSpec<ReviewRegisterRow> = {
  name: 'review',
  title: 'reviews.reviewsView.register',
  columns: REVIEW_COLUMNS,
  filters: [{ column: 'status', any: 'cases.filter.allStatus' }, { column: 'cause', any: 'cases.filter.allCauses' }],
  caseOf: ({ review }) => ({ id: review.id, ownerId: review.ownerId, shopId: review.shopId, at: review.postedAt }),
  tabTitle: (r, l) => `${l('reviews.reviewTab')} ${r.buyerNick}`,
};
