-- Processing workflows of dossiers (quy trình xử lý nội bộ). Flowable's own ACT_* tables are created and
-- upgraded by the engine itself (flowable.database-schema-update=true), not by these migrations.

-- The process of a procedure: generated from its step table or uploaded as BPMN, and the deployment in force.
create table workflow_procedure_process (
    procedure_code        varchar(60)  primary key,
    source                varchar(20)  not null,
    process_key           varchar(100) not null,
    deployment_id         varchar(64)  not null,
    process_definition_id varchar(100) not null,
    definition_version    integer      not null,
    updated_by            varchar(100) not null,
    updated_at            timestamp with time zone not null,
    version               bigint       not null
);

-- The ordered steps of a procedure's step table (bảng bước xử lý).
create table workflow_procedure_step (
    id             uuid         primary key,
    procedure_code varchar(60)  not null references workflow_procedure_process (procedure_code),
    position       integer      not null,
    step_key       varchar(40)  not null,
    name           varchar(200) not null,
    role           varchar(30)  not null,
    agency_kind    varchar(20)  not null,
    agency_id      uuid,
    department_id  uuid,
    share_percent  integer      not null
);
create unique index workflow_procedure_step_order on workflow_procedure_step (procedure_code, position);

-- One hand-over of the process-control slip (Form 06): a completed step, who handed it over and who took
-- the next one, and whether it was completed before, on or after the step's due time.
create table workflow_hand_over (
    id                  uuid         primary key,
    dossier_id          uuid         not null,
    dossier_code        varchar(60)  not null,
    process_instance_id varchar(64)  not null,
    task_id             varchar(64)  not null,
    step_key            varchar(100) not null,
    step_name           varchar(200) not null,
    agency_id           uuid,
    handed_by           varchar(100) not null,
    handed_by_name      varchar(200),
    handed_at           timestamp with time zone not null,
    due_at              timestamp with time zone,
    timeliness          varchar(10)  not null,
    decision            varchar(20)  not null,
    note                varchar(2000),
    next_task_id        varchar(64),
    received_by         varchar(100),
    received_by_name    varchar(200),
    received_at         timestamp with time zone
);
create index workflow_hand_over_dossier on workflow_hand_over (dossier_id, handed_at);
create index workflow_hand_over_code on workflow_hand_over (dossier_code, handed_at);
create index workflow_hand_over_next_task on workflow_hand_over (next_task_id);

-- A warning before a step's due time or an escalation after it, as fired by the engine's timers.
create table workflow_escalation (
    id                  uuid         primary key,
    kind                varchar(20)  not null,
    dossier_id          uuid,
    dossier_code        varchar(60),
    process_instance_id varchar(64)  not null,
    task_id             varchar(64),
    step_key            varchar(100) not null,
    agency_id           uuid,
    due_at              timestamp with time zone,
    fired_at            timestamp with time zone not null
);
create index workflow_escalation_instance on workflow_escalation (process_instance_id);
create index workflow_escalation_task on workflow_escalation (task_id);

-- Working documents attached to a task (tài liệu xử lý).
create table workflow_task_document (
    id                  uuid         primary key,
    task_id             varchar(64)  not null,
    process_instance_id varchar(64)  not null,
    dossier_id          uuid,
    file_name           varchar(255) not null,
    content_type        varchar(100) not null,
    size_bytes          bigint       not null,
    content             bytea        not null,
    uploaded_by         varchar(100) not null,
    uploaded_at         timestamp with time zone not null
);
create index workflow_task_document_task on workflow_task_document (task_id);
create index workflow_task_document_instance on workflow_task_document (process_instance_id);
