import type { JSX } from 'preact';
import type { RouteName } from './routes';
import { LoginPage } from '../features/auth/LoginPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { HomePage } from '../features/productions/HomePage';
import { ProductionPage } from '../features/productions/ProductionPage';
import { ProductionsPage } from '../features/productions/ProductionsPage';
import { ProductionFormPage } from '../features/productions/ProductionFormPage';
import { ClientFormPage, ClientsPage } from '../features/productions/ClientsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ProductionPlanningPage } from '../features/planning/ProductionPlanningPage';
import { ResourceBoardPage } from '../features/planning/ResourceBoardPage';
import { MySchedulePage } from '../features/planning/MySchedulePage';
import { MyDayPage } from '../features/slips/MyDayPage';
import { MySlipsPage } from '../features/slips/MySlipsPage';
import { SlipFormPage } from '../features/slips/SlipFormPage';
import { TrackingPage } from '../features/slips/TrackingPage';
import { DeliveriesPage } from '../features/deliveries/DeliveriesPage';
import { DeliveryPage } from '../features/deliveries/DeliveryPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { WorkPage } from '../features/catalogue/WorkPage';
import { RevenueImportPage } from '../features/catalogue/RevenueImportPage';
import { RunsPage } from '../features/catalogue/RunsPage';
import { PortalPage } from '../features/portal/PortalPage';
import { TeamPage } from '../features/admin/TeamPage';
import { TechniciansPage } from '../features/resources/TechniciansPage';
import { TechnicianPage } from '../features/resources/TechnicianPage';
import { RoomsPage } from '../features/resources/RoomsPage';
import { ProductionTeamPage } from '../features/resources/ProductionTeamPage';
import { InboxPage } from '../features/notifications/InboxPage';
import { PreferencesPage } from '../features/notifications/PreferencesPage';

type Params = Record<string, string>;

/** The page of each route, given the route's parameters. */
export const PAGES: Record<RouteName, (params: Params) => JSX.Element> = {
  login: () => <LoginPage />,
  invitation: (p) => <InvitationPage token={p.token} />,
  forgotPassword: () => <ForgotPasswordPage />,
  resetPassword: (p) => <ResetPasswordPage token={p.token} />,
  home: () => <HomePage />,
  dashboard: () => <DashboardPage />,
  productions: () => <ProductionsPage />,
  newProduction: () => <ProductionFormPage />,
  production: (p) => <ProductionPage id={p.id} />,
  editProduction: (p) => <ProductionFormPage id={p.id} />,
  clients: () => <ClientsPage />,
  newClient: () => <ClientFormPage />,
  client: (p) => <ClientFormPage id={p.id} />,
  productionPlanning: (p) => <ProductionPlanningPage id={p.id} />,
  productionTracking: (p) => <TrackingPage id={p.id} />,
  productionTeam: (p) => <ProductionTeamPage id={p.id} />,
  technicians: () => <TechniciansPage />,
  technician: (p) => <TechnicianPage id={p.id} />,
  rooms: () => <RoomsPage />,
  board: () => <ResourceBoardPage />,
  mySchedule: () => <MySchedulePage />,
  myDay: () => <MyDayPage />,
  mySlips: () => <MySlipsPage />,
  newSlip: () => <SlipFormPage />,
  correctSlip: (p) => <SlipFormPage slipId={p.slipId} />,
  deliveries: () => <DeliveriesPage />,
  delivery: (p) => <DeliveryPage id={p.id} />,
  catalogue: () => <CataloguePage />,
  holders: () => <CataloguePage tab="holders" />,
  revenueImport: () => <RevenueImportPage />,
  runs: () => <RunsPage />,
  work: (p) => <WorkPage id={p.id} />,
  portal: () => <PortalPage />,
  team: () => <TeamPage />,
  notifications: () => <InboxPage />,
  notificationPreferences: () => <PreferencesPage />,
};
