import type { Agent } from '@shared/schemas/entities';
import type { FixedTab } from '@shared/schemas/tabs';
import type { OpenTab } from '../state/tabs';
import { SettingsScreen } from '../features/settings';
import { PresaleScreen, ConversationTab } from '../features/presale';
import { OrdersScreen, OrderTab } from '../features/orders';
import { FollowupsScreen } from '../features/followups';
import { AftersaleScreen, CaseTab } from '../features/aftersale';
import { ReviewsScreen } from '../features/reviews';
import { HandoverScreen } from '../features/handover';
import { NotesScreen } from '../features/notes';
import { KnowledgeScreen } from '../features/knowledge';
import { BuyerTab } from '../features/buyers';
import { ReportsScreen } from '../features/reports';
import { TeamScreen } from '../features/team';

type EntityTab = Extract<OpenTab, { entity: string }>;

/** Which screen each tab shows. Each area's screen comes from that feature's index. */
export function TabPanel({ activeKey, entityTabs, agent }: { activeKey: string; entityTabs: EntityTab[]; agent: Agent }) {
  const entity = entityTabs.find((e) => e.key === activeKey);
  return entity ? <EntityPanel tab={entity} agent={agent} /> : <FixedPanel tab={activeKey as FixedTab} agent={agent} />;
}

function EntityPanel({ tab, agent }: { tab: EntityTab; agent: Agent }) {
  switch (tab.entity) {
    case 'order':
      return <OrderTab id={tab.id} />;
    case 'buyer':
      return <BuyerTab id={tab.id} />;
    case 'conversation':
      return <ConversationTab id={tab.id} agent={agent} />;
    case 'case':
      return <CaseTab id={tab.id} />;
  }
}

function FixedPanel({ tab, agent }: { tab: FixedTab; agent: Agent }) {
  switch (tab) {
    case 'presale':
      return <PresaleScreen agent={agent} />;
    case 'payments':
      return <FollowupsScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'aftersale':
      return <AftersaleScreen />;
    case 'reviews':
      return <ReviewsScreen />;
    case 'handover':
      return <HandoverScreen />;
    case 'notes':
      return <NotesScreen />;
    case 'knowledge':
      return <KnowledgeScreen agent={agent} />;
    case 'settings':
      return <SettingsScreen agent={agent} />;
    case 'reports':
      return <ReportsScreen />;
    case 'team':
      return <TeamScreen />;
  }
}
