import { Commitment, CommitmentAction, CommitmentFigure } from '../modules/commitment/commitment.entity.js';
import { CorporateMembership, ForceFacility, ForceScheme } from '../modules/force/force-detail.entity.js';
import { Force } from '../modules/force/force.entity.js';
import { Affiliation, FormerName, MembershipFee } from '../modules/group/group-detail.entity.js';
import { Group } from '../modules/group/group.entity.js';
import { NationalBody } from '../modules/national-body/national-body.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { Source } from '../modules/source/source.entity.js';
import { ApiKey } from '../modules/api-key/api-key.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Session, SignInThrottle } from '../modules/user/session.entity.js';
import { User } from '../modules/user/user.entity.js';

export const entities = [
  Source,
  Region,
  Force,
  CorporateMembership,
  ForceScheme,
  ForceFacility,
  NationalBody,
  Group,
  FormerName,
  MembershipFee,
  Affiliation,
  Commitment,
  CommitmentAction,
  CommitmentFigure,
  User,
  Session,
  SignInThrottle,
  AuditEvent,
  ApiKey,
];
