import type { JSX } from 'preact';
import type { RouteName } from './routes';
import { lazyPage } from './lazyPage';

// Each page is its own chunk, fetched when its route is first shown (lazyPage.tsx); what the
// pages share (the kit, the API client, the messages) stays in the entry chunk with the shell.
const LoginPage = lazyPage(() => import('../features/auth/LoginPage').then((m) => m.LoginPage));
const InvitationPage = lazyPage(() => import('../features/auth/InvitationPage').then((m) => m.InvitationPage));
const ForgotPasswordPage = lazyPage(() => import('../features/auth/ForgotPasswordPage').then((m) => m.ForgotPasswordPage));
const ResetPasswordPage = lazyPage(() => import('../features/auth/ResetPasswordPage').then((m) => m.ResetPasswordPage));
const HomePage = lazyPage(() => import('../features/productions/HomePage').then((m) => m.HomePage));
const ProductionPage = lazyPage(() => import('../features/productions/ProductionPage').then((m) => m.ProductionPage));
const ProductionsPage = lazyPage(() => import('../features/productions/ProductionsPage').then((m) => m.ProductionsPage));
const ProductionFormPage = lazyPage(() => import('../features/productions/ProductionFormPage').then((m) => m.ProductionFormPage));
const ClientFormPage = lazyPage(() => import('../features/productions/ClientsPage').then((m) => m.ClientFormPage));
const ClientsPage = lazyPage(() => import('../features/productions/ClientsPage').then((m) => m.ClientsPage));
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));
const ProductionPlanningPage = lazyPage(() => import('../features/planning/ProductionPlanningPage').then((m) => m.ProductionPlanningPage));
const ResourceBoardPage = lazyPage(() => import('../features/planning/ResourceBoardPage').then((m) => m.ResourceBoardPage));
const MySchedulePage = lazyPage(() => import('../features/planning/MySchedulePage').then((m) => m.MySchedulePage));
const MyDayPage = lazyPage(() => import('../features/slips/MyDayPage').then((m) => m.MyDayPage));
const MySlipsPage = lazyPage(() => import('../features/slips/MySlipsPage').then((m) => m.MySlipsPage));
const SlipFormPage = lazyPage(() => import('../features/slips/SlipFormPage').then((m) => m.SlipFormPage));
const TrackingPage = lazyPage(() => import('../features/slips/TrackingPage').then((m) => m.TrackingPage));
const DeliveriesPage = lazyPage(() => import('../features/deliveries/DeliveriesPage').then((m) => m.DeliveriesPage));
const DeliveryPage = lazyPage(() => import('../features/deliveries/DeliveryPage').then((m) => m.DeliveryPage));
const CataloguePage = lazyPage(() => import('../features/catalogue/CataloguePage').then((m) => m.CataloguePage));
const WorkPage = lazyPage(() => import('../features/catalogue/WorkPage').then((m) => m.WorkPage));
const RevenueImportPage = lazyPage(() => import('../features/catalogue/RevenueImportPage').then((m) => m.RevenueImportPage));
const RunsPage = lazyPage(() => import('../features/catalogue/RunsPage').then((m) => m.RunsPage));
const PortalPage = lazyPage(() => import('../features/portal/PortalPage').then((m) => m.PortalPage));
const TeamPage = lazyPage(() => import('../features/admin/TeamPage').then((m) => m.TeamPage));
const TechniciansPage = lazyPage(() => import('../features/resources/TechniciansPage').then((m) => m.TechniciansPage));
const TechnicianPage = lazyPage(() => import('../features/resources/TechnicianPage').then((m) => m.TechnicianPage));
const RoomsPage = lazyPage(() => import('../features/resources/RoomsPage').then((m) => m.RoomsPage));
const ProductionTeamPage = lazyPage(() => import('../features/resources/ProductionTeamPage').then((m) => m.ProductionTeamPage));
const QuotesPage = lazyPage(() => import('../features/quotes/QuotesPage').then((m) => m.QuotesPage));
const QuotePage = lazyPage(() => import('../features/quotes/QuotePage').then((m) => m.QuotePage));
const AmendmentPage = lazyPage(() => import('../features/quotes/AmendmentPage').then((m) => m.AmendmentPage));
const ProductionQuotesPage = lazyPage(() => import('../features/quotes/ProductionQuotesPage').then((m) => m.ProductionQuotesPage));
const SalePricesPage = lazyPage(() => import('../features/quotes/SalePricesPage').then((m) => m.SalePricesPage));
const InvoicesPage = lazyPage(() => import('../features/invoices/InvoicesPage').then((m) => m.InvoicesPage));
const InvoicePage = lazyPage(() => import('../features/invoices/InvoicePage').then((m) => m.InvoicePage));
const BalancesPage = lazyPage(() => import('../features/invoices/BalancesPage').then((m) => m.BalancesPage));
const InvoicingSettingsPage = lazyPage(() => import('../features/invoices/SettingsPage').then((m) => m.InvoicingSettingsPage));
const InboxPage = lazyPage(() => import('../features/notifications/InboxPage').then((m) => m.InboxPage));
const PreferencesPage = lazyPage(() => import('../features/notifications/PreferencesPage').then((m) => m.PreferencesPage));

type Params = Record<string, string>;

/** The page of each route, given the route's parameters. */
export const PAGES: Record<RouteName, (params: Params) => JSX.Element> = {
  login: () => <LoginPage.Page />,
  invitation: (p) => <InvitationPage.Page token={p.token} />,
  forgotPassword: () => <ForgotPasswordPage.Page />,
  resetPassword: (p) => <ResetPasswordPage.Page token={p.token} />,
  home: () => <HomePage.Page />,
  dashboard: () => <DashboardPage.Page />,
  productions: () => <ProductionsPage.Page />,
  newProduction: () => <ProductionFormPage.Page />,
  production: (p) => <ProductionPage.Page id={p.id} />,
  editProduction: (p) => <ProductionFormPage.Page id={p.id} />,
  clients: () => <ClientsPage.Page />,
  newClient: () => <ClientFormPage.Page />,
  client: (p) => <ClientFormPage.Page id={p.id} />,
  productionPlanning: (p) => <ProductionPlanningPage.Page id={p.id} />,
  productionTracking: (p) => <TrackingPage.Page id={p.id} />,
  productionTeam: (p) => <ProductionTeamPage.Page id={p.id} />,
  technicians: () => <TechniciansPage.Page />,
  technician: (p) => <TechnicianPage.Page id={p.id} />,
  rooms: () => <RoomsPage.Page />,
  board: () => <ResourceBoardPage.Page />,
  mySchedule: () => <MySchedulePage.Page />,
  myDay: () => <MyDayPage.Page />,
  mySlips: () => <MySlipsPage.Page />,
  newSlip: () => <SlipFormPage.Page />,
  correctSlip: (p) => <SlipFormPage.Page slipId={p.slipId} />,
  deliveries: () => <DeliveriesPage.Page />,
  delivery: (p) => <DeliveryPage.Page id={p.id} />,
  catalogue: () => <CataloguePage.Page />,
  holders: () => <CataloguePage.Page tab="holders" />,
  revenueImport: () => <RevenueImportPage.Page />,
  runs: () => <RunsPage.Page />,
  work: (p) => <WorkPage.Page id={p.id} />,
  portal: () => <PortalPage.Page />,
  team: () => <TeamPage.Page />,
  productionQuotes: (p) => <ProductionQuotesPage.Page id={p.id} />,
  quotes: () => <QuotesPage.Page />,
  quote: (p) => <QuotePage.Page id={p.id} />,
  amendment: (p) => <AmendmentPage.Page id={p.id} />,
  salePrices: () => <SalePricesPage.Page />,
  invoices: () => <InvoicesPage.Page />,
  invoiceBalances: () => <BalancesPage.Page />,
  invoice: (p) => <InvoicePage.Page id={p.id} />,
  invoicingSettings: () => <InvoicingSettingsPage.Page />,
  notifications: () => <InboxPage.Page />,
  notificationPreferences: () => <PreferencesPage.Page />,
};

const ALL = [LoginPage, InvitationPage, ForgotPasswordPage, ResetPasswordPage, HomePage, ProductionPage, ProductionsPage, ProductionFormPage, ClientFormPage, ClientsPage, DashboardPage, ProductionPlanningPage, ResourceBoardPage, MySchedulePage, MyDayPage, MySlipsPage, SlipFormPage, TrackingPage, DeliveriesPage, DeliveryPage, CataloguePage, WorkPage, RevenueImportPage, RunsPage, PortalPage, TeamPage, TechniciansPage, TechnicianPage, RoomsPage, ProductionTeamPage, InboxPage, PreferencesPage, QuotesPage, QuotePage, AmendmentPage, ProductionQuotesPage, SalePricesPage, InvoicesPage, InvoicePage, BalancesPage, InvoicingSettingsPage];

/**
 * Fetches every page's chunk, one after the other, once the first screen is drawn: later
 * navigations draw at once, and keep working when the network goes away.
 */
export async function preloadPages(): Promise<void> {
  for (const page of ALL) await page.preload();
}
