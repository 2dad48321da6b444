-- Procedure catalogue (thủ tục hành chính): fields, procedures, immutable published versions with
-- their dossier components, fees, agencies and form templates. Levels are organisation's unit levels.

create table procedure_field (
    code    varchar(40)  primary key,
    name    varchar(200) not null,
    name_en varchar(200) not null
);

insert into procedure_field (code, name, name_en) values
    ('HO_TICH', 'Hộ tịch', 'Civil status'),
    ('CHUNG_THUC', 'Chứng thực', 'Certification'),
    ('CU_TRU', 'Đăng ký, quản lý cư trú', 'Residence'),
    ('HO_KINH_DOANH', 'Thành lập và hoạt động của hộ kinh doanh', 'Household businesses'),
    ('DOANH_NGHIEP', 'Thành lập và hoạt động của doanh nghiệp', 'Enterprises'),
    ('DAT_DAI', 'Đất đai', 'Land'),
    ('XAY_DUNG', 'Hoạt động xây dựng', 'Construction'),
    ('BAO_TRO_XA_HOI', 'Bảo trợ xã hội', 'Social assistance'),
    ('NGUOI_CO_CONG', 'Người có công', 'People with meritorious services'),
    ('GIAO_DUC', 'Giáo dục và đào tạo', 'Education and training'),
    ('Y_TE', 'Y tế', 'Health'),
    ('GIAO_THONG', 'Đường bộ', 'Road transport'),
    ('LY_LICH_TU_PHAP', 'Lý lịch tư pháp', 'Judicial records'),
    ('MOI_TRUONG', 'Môi trường', 'Environment'),
    ('VAN_HOA', 'Văn hóa', 'Culture'),
    ('NONG_NGHIEP', 'Nông nghiệp', 'Agriculture');

create table form_template (
    id           uuid                     primary key,
    file_name    varchar(200)             not null,
    content_type varchar(100)             not null,
    size_bytes   bigint                   not null,
    sha256       varchar(64)              not null,
    content      bytea                    not null,
    uploaded_at  timestamp with time zone not null
);

create table catalog_procedure (
    id                 uuid         primary key,
    code               varchar(40)  not null unique,
    code_standard      boolean      not null,
    code_verified      boolean      not null,
    managing_agency_id uuid         not null,
    sample_data        boolean      not null,
    name               varchar(500) not null,
    search_text        varchar(600) not null,
    field_code         varchar(40)  not null references procedure_field (code),
    level_code         varchar(20)  not null references unit_level (code),
    online_service     varchar(20)  not null,
    current_version_id uuid,
    draft_version_id   uuid,
    created_at         timestamp with time zone not null,
    version            bigint       not null
);
create index procedure_search on catalog_procedure (search_text);
create index procedure_field_level on catalog_procedure (field_code, level_code);
create index procedure_managing_agency on catalog_procedure (managing_agency_id);

create table procedure_version (
    id                  uuid          primary key,
    procedure_id        uuid          not null references catalog_procedure (id),
    number              integer       not null,
    status              varchar(20)   not null,
    name                varchar(500)  not null,
    field_code          varchar(40)   not null references procedure_field (code),
    level_code          varchar(20)   not null references unit_level (code),
    applicants          varchar(2000) not null,
    competent_authority varchar(500)  not null,
    receiving_places    varchar(1000),
    steps               varchar(4000),
    conditions          varchar(4000),
    time_amount         integer       not null,
    time_unit           varchar(20)   not null,
    cutoff_time         time,
    time_note           varchar(500),
    result_type         varchar(500)  not null,
    electronic_result   boolean       not null,
    legal_basis         varchar(4000) not null,
    online_service      varchar(20)   not null,
    legacy_level        integer,
    effective_from      date,
    effective_to        date,
    published_at        timestamp with time zone,
    created_at          timestamp with time zone not null,
    version             bigint        not null,
    unique (procedure_id, number)
);
create index procedure_version_procedure on procedure_version (procedure_id);

create table procedure_component (
    version_id         uuid         not null references procedure_version (id),
    position           integer      not null,
    name               varchar(500) not null,
    required           boolean      not null,
    originals          integer      not null,
    copies             integer      not null,
    template_id        uuid         references form_template (id),
    template_name      varchar(200),
    replaced_by_eform  boolean      not null,
    primary key (version_id, position)
);
create index procedure_component_template on procedure_component (template_id);

create table procedure_fee (
    version_id  uuid         not null references procedure_version (id),
    position    integer      not null,
    kind        varchar(20)  not null,
    description varchar(500) not null,
    amount      bigint       not null,
    primary key (version_id, position)
);

-- Agencies by id (organisation module); no foreign key across modules.
create table procedure_competent_agency (
    version_id uuid    not null references procedure_version (id),
    position   integer not null,
    agency_id  uuid    not null,
    primary key (version_id, position)
);

create table procedure_receiving_centre (
    version_id uuid    not null references procedure_version (id),
    position   integer not null,
    agency_id  uuid    not null,
    primary key (version_id, position)
);
create index procedure_receiving_centre_agency on procedure_receiving_centre (agency_id);
