import { RelationshipTitlesCell as RelationshipTitlesCell_4af4117c8b041be048747b44180fc6fe } from '../../../../collections/admin/RelationshipTitlesCell.js'
import { ReportComposer as ReportComposer_653c337214dcdba8523137eec91f26a9 } from '../../../../src/admin/composer/ReportComposer.js'
import { SelectDiff as SelectDiff_db0dc36658154fc3626080ab439189ad } from '../../../../src/admin/SelectDiff.js'
import { CoverageRowLabel as CoverageRowLabel_60d3139da4c00dec49382336f95b98bf } from '../../../../src/admin/CoverageRowLabel.js'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StageColumnLabel as StageColumnLabel_90bcf59c3fee2665ce212a2c9f647efa } from '../../../../plugins/workflow/components/StageColumnLabel.js'
import { StageCell as StageCell_47125d6b3c1512b870ea319bc9432414 } from '../../../../plugins/workflow/components/StageCell.js'
import { WorkflowPanelField as WorkflowPanelField_11bc23f1d37c7ac6539ca7cc963e5733 } from '../../../../plugins/workflow/components/WorkflowPanelField.js'
import { ImportEvidenceButton as ImportEvidenceButton_6d7dd4043bfa4886ce3372ea94e2d0a1 } from '../../../../src/admin/import/ImportEvidenceButton.js'
import { SendLoadedVersion as SendLoadedVersion_64c54ceb1d70fd55d68dbebb7619666f } from '../../../../src/preconditions/admin/SendLoadedVersion.js'
import { ExportMenu as ExportMenu_6def0d839bdb6fbd7923c3e3d789207a } from '../../../../src/admin/export/ExportMenu.js'
import { StageControl as StageControl_5cfaff35f9c79b77268c94c6a656eb68 } from '../../../../plugins/workflow/components/StageControl.js'
import { LifecycleStatus as LifecycleStatus_a042c0fa22707e6cb0f9f5c24eccd9da } from '../../../../plugins/workflow/components/LifecycleStatus.js'
import { WorkflowVersionsView as WorkflowVersionsView_c7bca310db5b988cf114320a1246ff42 } from '../../../../plugins/workflow/components/WorkflowVersionsView.js'
import { MetricRowLabel as MetricRowLabel_e11577b7357616e78c0476a82e8f30cc } from '../../../../src/admin/MetricRowLabel.js'
import { SignOffPanel as SignOffPanel_cd89f38aad6fb2043312d0c6093082c7 } from '../../../../src/admin/signoff/SignOffPanel.js'
import { SignOffCell as SignOffCell_95a244d1ec3a4160b920de5cfdcc4b8e } from '../../../../src/admin/signoff/SignOffCell.js'
import { EventCollectionCell as EventCollectionCell_e1d4f81c6a2831d389a764547c97e261 } from '../../../../plugins/workflow/components/EventCells.js'
import { EventDocumentCell as EventDocumentCell_e1d4f81c6a2831d389a764547c97e261 } from '../../../../plugins/workflow/components/EventCells.js'
import { EventTransitionCell as EventTransitionCell_e1d4f81c6a2831d389a764547c97e261 } from '../../../../plugins/workflow/components/EventCells.js'
import { EventStageCell as EventStageCell_e1d4f81c6a2831d389a764547c97e261 } from '../../../../plugins/workflow/components/EventCells.js'
import { EventUserCell as EventUserCell_26c2380d26e1568c09a396e186781dd5 } from '../../../../plugins/workflow/components/EventUserCell.js'
import { Icon as Icon_4959a2df6cd351646871f8fe0c3ba7a1 } from '../../../../src/admin/branding/Icon.js'
import { Logo as Logo_8b4f6ee3f9c32a5064d6bafde60977e8 } from '../../../../src/admin/branding/Logo.js'
import { EditorsDashboard as EditorsDashboard_bbd370a5d4b9334b309aaef1828ca730 } from '../../../../src/admin/dashboard/EditorsDashboard.js'
import { WaitingForYou as WaitingForYou_994c850ceea72cdbd18a9f2283838c5d } from '../../../../plugins/workflow/components/WaitingForYou.js'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/admin/RelationshipTitlesCell.js#RelationshipTitlesCell": RelationshipTitlesCell_4af4117c8b041be048747b44180fc6fe,
  "/src/admin/composer/ReportComposer.js#ReportComposer": ReportComposer_653c337214dcdba8523137eec91f26a9,
  "/src/admin/SelectDiff.js#SelectDiff": SelectDiff_db0dc36658154fc3626080ab439189ad,
  "/src/admin/CoverageRowLabel.js#CoverageRowLabel": CoverageRowLabel_60d3139da4c00dec49382336f95b98bf,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/workflow/components/StageColumnLabel.js#StageColumnLabel": StageColumnLabel_90bcf59c3fee2665ce212a2c9f647efa,
  "/plugins/workflow/components/StageCell.js#StageCell": StageCell_47125d6b3c1512b870ea319bc9432414,
  "/plugins/workflow/components/WorkflowPanelField.js#WorkflowPanelField": WorkflowPanelField_11bc23f1d37c7ac6539ca7cc963e5733,
  "/src/admin/import/ImportEvidenceButton.js#ImportEvidenceButton": ImportEvidenceButton_6d7dd4043bfa4886ce3372ea94e2d0a1,
  "/src/preconditions/admin/SendLoadedVersion.js#SendLoadedVersion": SendLoadedVersion_64c54ceb1d70fd55d68dbebb7619666f,
  "/src/admin/export/ExportMenu.js#ExportMenu": ExportMenu_6def0d839bdb6fbd7923c3e3d789207a,
  "/plugins/workflow/components/StageControl.js#StageControl": StageControl_5cfaff35f9c79b77268c94c6a656eb68,
  "/plugins/workflow/components/LifecycleStatus.js#LifecycleStatus": LifecycleStatus_a042c0fa22707e6cb0f9f5c24eccd9da,
  "/plugins/workflow/components/WorkflowVersionsView.js#WorkflowVersionsView": WorkflowVersionsView_c7bca310db5b988cf114320a1246ff42,
  "/src/admin/MetricRowLabel.js#MetricRowLabel": MetricRowLabel_e11577b7357616e78c0476a82e8f30cc,
  "/src/admin/signoff/SignOffPanel.js#SignOffPanel": SignOffPanel_cd89f38aad6fb2043312d0c6093082c7,
  "/src/admin/signoff/SignOffCell.js#SignOffCell": SignOffCell_95a244d1ec3a4160b920de5cfdcc4b8e,
  "/plugins/workflow/components/EventCells.js#EventCollectionCell": EventCollectionCell_e1d4f81c6a2831d389a764547c97e261,
  "/plugins/workflow/components/EventCells.js#EventDocumentCell": EventDocumentCell_e1d4f81c6a2831d389a764547c97e261,
  "/plugins/workflow/components/EventCells.js#EventTransitionCell": EventTransitionCell_e1d4f81c6a2831d389a764547c97e261,
  "/plugins/workflow/components/EventCells.js#EventStageCell": EventStageCell_e1d4f81c6a2831d389a764547c97e261,
  "/plugins/workflow/components/EventUserCell.js#EventUserCell": EventUserCell_26c2380d26e1568c09a396e186781dd5,
  "/src/admin/branding/Icon.js#Icon": Icon_4959a2df6cd351646871f8fe0c3ba7a1,
  "/src/admin/branding/Logo.js#Logo": Logo_8b4f6ee3f9c32a5064d6bafde60977e8,
  "/src/admin/dashboard/EditorsDashboard.js#EditorsDashboard": EditorsDashboard_bbd370a5d4b9334b309aaef1828ca730,
  "/plugins/workflow/components/WaitingForYou.js#WaitingForYou": WaitingForYou_994c850ceea72cdbd18a9f2283838c5d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
